// Background entry: registers handlers, nothing else.
import { registerBackground } from './handlers';

registerBackground();
