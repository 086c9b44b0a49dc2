# The network core: error decoding, and the client against the real sandbox.
switchboard_add_test(tst_apierror switchboard_models)
switchboard_add_test(tst_accountclient switchboard_models switchboard_testsupport)
# Paging: the three list shapes on hand-written JSON, and the paged model base against the sandbox.
switchboard_add_test(tst_paging switchboard_models)
switchboard_add_test(tst_pagedlistmodel switchboard_models switchboard_testsupport)
# The account's pace: Retry-After read in every form, on a hand-moved clock; then a GET and
# the outbox waiting the sandbox's throttle over real HTTP.
switchboard_add_test(tst_requestpacer switchboard_models switchboard_testsupport)
switchboard_add_test(tst_pacing switchboard_models switchboard_testsupport)
