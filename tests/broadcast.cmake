# tests for broadcast projects: the number selection's models and the picker widget.
switchboard_add_test(tst_numberselection switchboard_models)
switchboard_add_test(tst_numberpicker switchboard_ui)
