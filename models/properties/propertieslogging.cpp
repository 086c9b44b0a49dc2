#include "propertieslogging.h"

Q_LOGGING_CATEGORY(lcProperties, "switchboard.properties", QtInfoMsg)
