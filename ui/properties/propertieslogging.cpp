#include "propertieslogging.h"

Q_LOGGING_CATEGORY(lcPropertiesUi, "switchboard.ui.properties", QtInfoMsg)
