/// The helpers every test target shares (the `congtac` runner, temporary folders, the examples) live
/// in `CongTacTestSupport`; exported here so that each test file of this target sees them.
@_exported import CongTacTestSupport
