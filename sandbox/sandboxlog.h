#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QStringView>

// switchboard.sandbox: start, stop, seeding. switchboard.sandbox.http: one line per request
// (method, path without query, status). Neither ever logs credentials.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)

namespace SandboxLog {

// What a client sent (a path), as a log line or an error body may show it: control
// characters, bidirectional controls, lone surrogates and backslashes escaped ("\x1b",
// "\u202e", "\\"), so nothing can forge a log line or colour a terminal, and cut to `max`
// characters ("…(1048000 more)"), so a 1 MB path is not echoed in full.
inline constexpr int ShownMax = 200;
QString shown(QStringView text, int max = ShownMax);

// Qt HttpServer's own categories (qt.httpserver, qt.httpserver.request, qt.httpserver.*)
// write every request header, Authorization and X-API-Key included, at debug level: their
// debug and info output is turned off whatever QT_LOGGING_RULES or setFilterRules() say
// (rules lose to a filter; warnings, which hold no request data, stay). Installed once per
// process, chained to the filter that was there; every executable that embeds the sandbox
// calls it first thing, and SandboxServer::start() does too.
void installLogFilter();

} // namespace SandboxLog
