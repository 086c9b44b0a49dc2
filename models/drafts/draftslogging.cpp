#include "draftslogging.h"

Q_LOGGING_CATEGORY(lcDrafts, "switchboard.drafts", QtInfoMsg)
