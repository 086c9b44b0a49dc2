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
# Twilio's own Node helper library against the sandbox, with only its base URL changed;
# skipped (77) when scripts/setup.sh could not install it into the build tree.
# The sanitizer build uses the normal build's copy (scripts/run-tests.sh passes it).
find_program(SWITCHBOARD_NODE NAMES node nodejs)
set(SWITCHBOARD_TWILIO_NODE_MODULES ${CMAKE_BINARY_DIR}/twilio-node/node_modules CACHE PATH
    "Where Twilio's Node helper library for tst_twilionode is installed")
if(SWITCHBOARD_NODE)
    add_test(NAME tst_twilionode COMMAND ${SWITCHBOARD_NODE}
        ${CMAKE_CURRENT_SOURCE_DIR}/twilio-node/twilio-helper-library.test.js
        $<TARGET_FILE:switchboard-sandbox> ${SWITCHBOARD_TWILIO_NODE_MODULES})
    set_tests_properties(tst_twilionode PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT ${SWITCHBOARD_TEST_TIMEOUT})
endif()
# The pages of numbers written straight into bytes, byte for byte against the QJsonObject path.
switchboard_add_test(tst_numberpages switchboard_sandbox switchboard_testsupport
    Qt6::Network Qt6::Sql)
# The Broadcast family: reference lists, projects, organisation scoping, the sticky sender.
switchboard_add_test(tst_sandboxbroadcast switchboard_sandbox switchboard_testsupport
    Qt6::Network Qt6::Sql)
# The front door under hostile clients: raw sockets against the in-process server.
switchboard_add_test(tst_frontdoor switchboard_sandbox switchboard_testsupport Qt6::Network)
# switchboard-sandbox under a lowered descriptor limit and large bodies (memory).
switchboard_add_test(tst_sandboxlimits switchboard_testsupport Qt6::Network)
add_dependencies(tst_sandboxlimits switchboard-sandbox)
