#pragma once

#include <QLoggingCategory>

// switchboard.sandbox: start, stop, seeding. switchboard.sandbox.http: one line per request
// (method, path without query, status). Neither ever logs credentials.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
