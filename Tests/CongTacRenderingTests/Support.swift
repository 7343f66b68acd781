/// The helpers every test target shares live in `CongTacTestSupport`; exported here so that each
/// test file of this target sees them without an import of its own.
@_exported import CongTacTestSupport
