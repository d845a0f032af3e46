export * from './compare';
export * from './outputs';
export * from './paths';
export * from './scenarios';
export * from './seed-scenarios';
export * from './sensitivity';
export * from './sizing';
export * from './sweep';
