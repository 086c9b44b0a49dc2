#pragma once

#include "api/apierror.h"
#include "numberrow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>

// One page of an account's numbers (Twilio's or SignalWire's IncomingPhoneNumbers list) read
// straight into compact rows. The rows' fields index `strings`, the page's own pool (index 0
// the empty string); NumberTableModel adopts them into its pool.
struct NumberPage
{
    QList<NumberRow> rows;
    QList<QString> strings;
    QString nextToken; // next_page_uri as sent; empty on the last page
    ApiError error;    // Kind::Malformed, naming what is wrong; nothing else is set then

    bool ok() const { return !error.isError(); }
};
Q_DECLARE_METATYPE(NumberPage)

// Reads list pages off the GUI thread. One parser per thread (it keeps its buffers between
// pages); parse() is a pure function of the body otherwise. The same shape rules as
// PagedEndpoint::parsePage() and IncomingNumber::fromJson(): an object with the paging fields
// and one array of records, each with a sid, a phone number, capabilities and both dates;
// the rest is lenient (a missing field reads as empty).
//
//     NumberPageParser parser(ApiFamily::Twilio);          // in the worker
//     const NumberPage page = parser.parse(result.body);   // ApiRequest::rawBody
class NumberPageParser
{
    Q_DECLARE_TR_FUNCTIONS(NumberPageParser)

public:
    // simdjson where it pays (the default); Qt's own QJsonDocument to compare against.
    enum class Engine { Simdjson, QtJson };

    explicit NumberPageParser(ApiFamily family, Engine engine = Engine::Simdjson);
    ~NumberPageParser();
    NumberPageParser(const NumberPageParser &) = delete;
    NumberPageParser &operator=(const NumberPageParser &) = delete;

    // `onNext` (optional) hears the page's next_page_uri ("" on the last page) as soon as it
    // is known, before the records are read, so the next request can leave meanwhile.
    NumberPage parse(const QByteArray &body, const std::function<void(const QString &)> &onNext = {});
    ApiFamily family() const { return m_family; }

    // "Thu, 30 Jul 2015 23:19:04 +0000" as ms since the epoch (UTC); false if it is not one.
    static bool parseRfc2822(QByteArrayView text, qint64 *msSinceEpoch);

private:
    struct Simd;
    NumberPage parseWithQt(const QByteArray &body, const std::function<void(const QString &)> &onNext);

    ApiFamily m_family;
    Engine m_engine;
    std::unique_ptr<Simd> m_simd;
};
