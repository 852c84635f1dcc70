// Lazy chunk: what a page needs only after its first analysis.
export { watchNavigation } from './navigation';
export { watchLateContent } from './late-content';
