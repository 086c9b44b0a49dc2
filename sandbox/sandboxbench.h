#pragma once

#include "httpexchange.h"

#include <QList>
#include <QString>
#include <QUrl>

// Timings of the sandbox's side of the numbers list, for `switchboard-sandbox --bench` and
// bench/ (which starts the sandbox as a process of its own and may call the HTTP half).
namespace SandboxBench {

// Each page's time, in milliseconds, and what was read.
struct PageTimes
{
    QList<double> ms;
    qint64 numbers = 0;
    qint64 bytes = 0;
    QString error; // empty when every page came

    double median() const;
    double total() const;
};

// Every page of the main account of `family` (Twilio or SignalWire) in the data folder
// `dataDir`, `pageSize` a page, following next_page_uri, through the handler the server runs
// (NumbersApi::list, no HTTP), on a connection of its own; `reference` times the QJsonObject
// path it replaced. At most `maxPages` pages (0: all). Runs on the calling thread; the folder
// may be served meanwhile.
PageTimes handlerPages(const QString &dataDir, Family family, int pageSize, bool reference = false,
                       int maxPages = 0);

// `requests` requests in a row on one keep-alive connection from a blocking client (no Qt
// network stack, no parsing while timed), walking the list of `path` (such as
// /2010-04-01/Accounts/AC…/IncomingPhoneNumbers.json) `pageSize` a page, back to the first
// page after the last; `requests` 0 walks it once. Blocks: call it from a thread other than
// the server's.
PageTimes httpPages(const QUrl &baseUrl, const QString &user, const QString &secret,
                    const QString &path, int pageSize, int requests = 0);

// This process's resident memory now and at its peak (VmRSS, VmHWM), in MiB; -1 unknown.
double residentMiB();
double peakResidentMiB();

} // namespace SandboxBench
