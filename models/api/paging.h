#pragma once

#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QString>
#include <QUrlQuery>

struct ApiResult;

// One request of a paged list: a decoded path on the account's server and its query.
// AccountClient::get(request.path, request.query) sends it.
struct PageRequest
{
    QString path;    // "/v2/Properties"; empty: no request (the list has ended)
    QUrlQuery query; // values percent-encoded where needed ('+' as %2B)

    bool isValid() const { return !path.isEmpty(); }
    friend bool operator==(const PageRequest &a, const PageRequest &b)
    {
        return a.path == b.path
               && a.query.query(QUrl::FullyEncoded) == b.query.query(QUrl::FullyEncoded);
    }
    friend bool operator!=(const PageRequest &a, const PageRequest &b) { return !(a == b); }
};

// One page of a paged list, as PagedEndpoint::parsePage() read it.
struct PageResult
{
    QJsonArray records;     // the page's records, every one a JSON object
    qint64 totalCount = -1; // what the server says the whole list holds; -1 if it did not say
    QString nextToken;      // the server's continuation as sent (token or next_page_uri)
    PageRequest next;       // the request for the next page; invalid on the last page
    ApiError error;         // the result's own error, or Kind::Malformed; nothing else is set then

    bool ok() const { return !error.isError(); }
    bool isLastPage() const { return ok() && !next.isValid(); }
};

// A paged list endpoint of one of the three shapes the API families use, and the pure
// functions that page through it. No network here: the caller sends the requests.
//
//     const PagedEndpoint numbers = PagedEndpoint::incomingPhoneNumbers(ApiFamily::Twilio, sid, 200);
//     PageRequest request = numbers.firstRequest();
//     ... ApiJob *job = client->get(request.path, request.query) ...
//     const PageResult page = numbers.parsePage(result);   // in the job's finished()
//     if (!page.ok()) ...page.error...; else { use page.records; request = page.next; }
//
// Shapes:
//  - Properties: `Results_Count` asks for a page size; the answer is {arrayKey: [...],
//    "TotalCount": N, "NextPageToken": T}, the array also accepted as "Projects" (the
//    contract's prose); T goes back as the query parameter `NextPageToken`.
//  - Twilio (and SignalWire): `PageSize` on the first request; the answer has the paging
//    fields and one array under arrayKey ("incoming_phone_numbers"); `next_page_uri` is a
//    path on the same server carrying every parameter, and only a path is ever followed.
//  - Broadcast: `limit`; the answer is {"data": [...], "total": N, "next_page": T}; T goes
//    back as `page_token`.
// In every shape a continuation that is absent or null marks the last page.
class PagedEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(PagedEndpoint)

public:
    enum class Style { Properties, Twilio, Broadcast };

    static constexpr int MaxPageSize = 1000; // every family's limit

    Style style = Style::Properties;
    QString path;     // decoded, "/2010-04-01/Accounts/AC.../IncomingPhoneNumbers.json"
    QUrlQuery query;  // filters of the first request (Twilio's next_page_uri repeats them)
    QString arrayKey; // where the records are: "Properties", "incoming_phone_numbers", "data"
    int pageSize = 0; // 0: the server's default; otherwise clamped to 1..MaxPageSize

    // GET /v2/Properties.
    static PagedEndpoint properties(int pageSize = 0);
    // GET .../IncomingPhoneNumbers.json for Twilio (account SID) or SignalWire (project id,
    // under /api/laml/).
    static PagedEndpoint incomingPhoneNumbers(ApiFamily family, const QString &account,
                                              int pageSize = 0);
    // A broadcast list such as "/v1/phone_numbers"; the records are under "data".
    static PagedEndpoint broadcast(const QString &path, int pageSize = 0);

    // "Results_Count", "PageSize" or "limit".
    QString pageSizeParameter() const;
    int boundedPageSize() const; // pageSize clamped to 1..MaxPageSize, or 0

    // The first page's request: path, filters and the page size.
    PageRequest firstRequest() const;
    // The request that continues after a page whose continuation was `nextToken`: for the
    // token shapes the first request plus the token, for Twilio the next_page_uri itself once
    // checked. An empty token gives the first request. A next_page_uri that is not a path on
    // the account's server gives an invalid request and sets *error (Kind::Malformed).
    PageRequest requestAfter(const QString &nextToken, ApiError *error = nullptr) const;

    // Reads one finished list request. A failed result keeps its error; a success body that
    // breaks the shape (not an object, no array, a record that is not an object, a count or
    // continuation of the wrong type, a next_page_uri to elsewhere) is Kind::Malformed.
    PageResult parsePage(const ApiResult &result) const;
};

Q_DECLARE_LOGGING_CATEGORY(lcPaging)
