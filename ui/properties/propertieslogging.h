#pragma once

#include <QLoggingCategory>

// "switchboard.ui.properties": the Properties pane and the New property form.
Q_DECLARE_LOGGING_CATEGORY(lcPropertiesUi)
