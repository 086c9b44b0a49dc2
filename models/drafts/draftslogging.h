#pragma once

#include <QLoggingCategory>

// "switchboard.drafts": the draft store, autosaving and the outbox.
Q_DECLARE_LOGGING_CATEGORY(lcDrafts)
