# The sandbox server: in-process over loopback, and as the switchboard-sandbox process.
switchboard_add_test(tst_sandbox switchboard_sandbox switchboard_testsupport Qt6::Network)
switchboard_add_test(tst_sandboxprocess switchboard_testsupport Qt6::Network)
add_dependencies(tst_sandboxprocess switchboard-sandbox)
# Twilio/SignalWire numbers: contract tests against Twilio's OpenAPI description (a copy in
# tests/data, read at test time).
switchboard_add_test(tst_sandboxnumbers switchboard_sandbox switchboard_testsupport
    Qt6::Network Qt6::Sql)
target_compile_definitions(tst_sandboxnumbers PRIVATE
    TWILIO_SPEC="${CMAKE_CURRENT_SOURCE_DIR}/data/twilio_api_v2010_numbers.json")
