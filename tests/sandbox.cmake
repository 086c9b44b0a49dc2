# The sandbox server: in-process over loopback, and as the switchboard-sandbox process.
switchboard_add_test(tst_sandbox switchboard_sandbox switchboard_testsupport Qt6::Network)
switchboard_add_test(tst_sandboxprocess switchboard_testsupport Qt6::Network)
add_dependencies(tst_sandboxprocess switchboard-sandbox)
# The front door under hostile clients: raw sockets against the in-process server.
switchboard_add_test(tst_frontdoor switchboard_sandbox switchboard_testsupport Qt6::Network)
# switchboard-sandbox under a lowered descriptor limit and large bodies (memory).
switchboard_add_test(tst_sandboxlimits switchboard_testsupport Qt6::Network)
add_dependencies(tst_sandboxlimits switchboard-sandbox)
