// Options entry: mounts the app, nothing else.
import { render } from 'preact';
import { OptionsApp } from './app';
import './options.css';

render(<OptionsApp />, document.getElementById('app')!);
