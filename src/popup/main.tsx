// Popup entry: mounts the app, nothing else.
import { render } from 'preact';
import { App } from './app';
import './popup.css';

render(<App />, document.getElementById('app')!);
