# Properties section: list pane, detail pane, New property form, time zone picker.
target_sources(switchboard_ui PRIVATE
)
