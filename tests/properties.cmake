# tests for properties: wire types and drafts, the list models against the sandbox, the form.
switchboard_add_test(tst_property switchboard_models)
switchboard_add_test(tst_propertylistmodel switchboard_models switchboard_testsupport)
switchboard_add_test(tst_propertyform switchboard_ui switchboard_testsupport)
switchboard_add_test(tst_propertiespane switchboard_ui switchboard_testsupport)
# Names with control characters or bidirectional overrides from a server or a file: shown,
# never obeyed (table, detail pane, form title, Drafts list).
switchboard_add_test(tst_hostiletext switchboard_ui switchboard_sandbox Qt6::Sql)
# What every table does (Tab, Esc, Enter, context menu, remembered columns, kept selection),
# through the Properties pane; the muted colour's contrast in light and dark palettes.
switchboard_add_test(tst_tablebehaviour switchboard_ui switchboard_testsupport)
