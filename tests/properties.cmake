# tests for properties: wire types and drafts, the list models against the sandbox, the form.
switchboard_add_test(tst_propertylistmodel switchboard_models switchboard_testsupport)
