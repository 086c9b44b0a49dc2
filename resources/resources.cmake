# Switchboard's icons, compiled into switchboard_ui (":/icons/<name>.svg"). Included from
# ui/CMakeLists.txt; the desktop file, AppStream metadata and app icon are installed by
# app/CMakeLists.txt.
set(SWITCHBOARD_ICONS
    application-exit.svg
    document-export.svg
    document-import.svg
    document-new.svg
    document-open.svg
    edit-copy.svg
    edit-delete.svg
    go-next.svg
    mail-send.svg
    problem-callback.svg
    problem-emergency.svg
    problem-fallback.svg
    problem-http.svg
    problem-name.svg
    problem-sms.svg
    problem-voice.svg
    section-broadcast.svg
    section-drafts.svg
    section-numbers.svg
    section-properties.svg
    state-authfailed.svg
    state-connecting.svg
    state-offline.svg
    state-online.svg
    switchboard.svg
    tab-close.svg
    view-refresh.svg
    view-summary.svg
)
list(TRANSFORM SWITCHBOARD_ICONS PREPEND "${CMAKE_CURRENT_LIST_DIR}/icons/")
qt_add_resources(switchboard_ui "switchboard_icons"
    PREFIX "/icons"
    BASE "${CMAKE_CURRENT_LIST_DIR}/icons"
    FILES ${SWITCHBOARD_ICONS}
)
