// Loads mocha's browser build and sets up the globals (describe, it…) before the test files load.
import 'mocha/mocha';

// No reporter given: mocha's spec reporter, whose lines reach the harness through console.log.
mocha.setup({ ui: 'bdd', reporter: undefined, color: false, timeout: 60_000 });
