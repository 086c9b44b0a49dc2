#include "paging.h"

#include "apijob.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPaging, "switchboard.api.paging", QtInfoMsg)

namespace {
// Values go in fully encoded, so a '+' in a filter or an opaque token reaches the server as
// %2B and not as a space; QUrlQuery leaves a literal '+' alone.
void addEncoded(QUrlQuery *query, const QString &key, const QString &value)
{
    query->addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                        QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

ApiError malformed(const QString &why)
{
    return ApiError::transport(ApiError::Kind::Malformed, why);
}

bool isCount(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0
           && value.toDouble() == double(value.toInteger());
}

// A continuation (token or next_page_uri): text, a whole number (as text), or absent/null
// for the last page. Returns false for any other type.
bool readContinuation(const QJsonValue &value, bool numbersAllowed, QString *out)
{
    out->clear();
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString()) {
        *out = value.toString();
        return true;
    }
    if (numbersAllowed && isCount(value)) {
        *out = QString::number(value.toInteger());
        return true;
    }
    return false;
}
} // namespace

PagedEndpoint PagedEndpoint::properties(int pageSize)
{
    PagedEndpoint e;
    e.style = Style::Properties;
    e.path = u"/v2/Properties"_s;
    e.arrayKey = u"Properties"_s;
    e.pageSize = pageSize;
    return e;
}

PagedEndpoint PagedEndpoint::incomingPhoneNumbers(ApiFamily family, const QString &account,
                                                  int pageSize)
{
    PagedEndpoint e;
    e.style = Style::Twilio;
    const QString prefix = family == ApiFamily::SignalWire ? u"/api/laml/2010-04-01/Accounts/"_s
                                                           : u"/2010-04-01/Accounts/"_s;
    e.path = prefix + account + u"/IncomingPhoneNumbers.json"_s;
    e.arrayKey = u"incoming_phone_numbers"_s;
    e.pageSize = pageSize;
    return e;
}

PagedEndpoint PagedEndpoint::broadcast(const QString &path, int pageSize)
{
    PagedEndpoint e;
    e.style = Style::Broadcast;
    e.path = path;
    e.arrayKey = u"data"_s;
    e.pageSize = pageSize;
    return e;
}

QString PagedEndpoint::pageSizeParameter() const
{
    switch (style) {
    case Style::Properties: return u"Results_Count"_s;
    case Style::Twilio: return u"PageSize"_s;
    case Style::Broadcast: return u"limit"_s;
    }
    return {};
}

int PagedEndpoint::boundedPageSize() const
{
    return pageSize <= 0 ? 0 : qMin(pageSize, MaxPageSize);
}

PageRequest PagedEndpoint::firstRequest() const
{
    PageRequest request;
    request.path = path;
    const QString sizeKey = pageSizeParameter();
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key != sizeKey) // the page size is ours to set
            addEncoded(&request.query, key, value);
    }
    if (const int size = boundedPageSize(); size > 0)
        addEncoded(&request.query, sizeKey, QString::number(size));
    return request;
}

PageRequest PagedEndpoint::requestAfter(const QString &nextToken, ApiError *error) const
{
    if (nextToken.isEmpty())
        return firstRequest();
    if (style != Style::Twilio) {
        PageRequest request = firstRequest();
        addEncoded(&request.query,
                   style == Style::Properties ? u"NextPageToken"_s : u"page_token"_s, nextToken);
        return request;
    }

    // SSRF and credential protection: the next page is a path on the account's own server,
    // never an absolute URL, a scheme-relative "//host/..." or anything a resolver could
    // turn into another origin.
    const auto refuse = [&](const QString &why) {
        qCWarning(lcPaging).noquote() << "refused the next_page_uri of" << path + u':' << why;
        if (error) {
            *error = malformed(
                tr("The server's next page is not a path on the same server (%1).").arg(why));
        }
        return PageRequest{};
    };
    if (!nextToken.startsWith(u'/') || nextToken.startsWith(u"//"))
        return refuse(tr("it does not start with a single “/”"));
    for (const QChar c : nextToken) {
        if (c == u'\\' || c.isSpace() || c.category() == QChar::Other_Control)
            return refuse(tr("it holds a space, a control character or a backslash"));
    }
    const QUrl url(nextToken, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(tr("it is not a valid address"));
    if (!url.scheme().isEmpty() || !url.authority().isEmpty())
        return refuse(tr("it names another server"));
    if (url.hasFragment())
        return refuse(tr("it carries a fragment"));

    PageRequest request;
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded)); // every filter, as sent
    return request;
}

PageResult PagedEndpoint::parsePage(const ApiResult &result) const
{
    PageResult failed;
    if (!result.ok()) {
        failed.error = result.error;
        return failed;
    }
    const auto fail = [&](const QString &why) {
        qCDebug(lcPaging).noquote() << "malformed list page of" << path + u':' << why;
        failed.error = malformed(why);
        return failed;
    };

    if (!result.json.isObject())
        return fail(tr("The list page is not a JSON object."));
    const QJsonObject root = result.json.object();

    QJsonValue array = root.value(arrayKey);
    if (style == Style::Properties && (array.isUndefined() || array.isNull()))
        array = root.value("Projects"_L1); // the contract's prose names it so
    if (!array.isArray())
        return fail(tr("The list page has no “%1” array.").arg(arrayKey));

    PageResult page;
    page.records = array.toArray();
    for (qsizetype i = 0; i < page.records.size(); ++i) {
        if (!page.records.at(i).isObject())
            return fail(tr("Record %1 of the list page is not an object.").arg(i + 1));
    }

    QString continuationKey;
    switch (style) {
    case Style::Properties: {
        const QJsonValue total = root.value("TotalCount"_L1);
        if (!isCount(total))
            return fail(tr("The list page has no valid “TotalCount”."));
        page.totalCount = total.toInteger();
        continuationKey = u"NextPageToken"_s;
        break;
    }
    case Style::Broadcast: {
        const QJsonValue total = root.value("total"_L1);
        if (isCount(total))
            page.totalCount = total.toInteger();
        else if (!total.isUndefined() && !total.isNull())
            return fail(tr("The list page's “total” is not a count."));
        continuationKey = u"next_page"_s;
        break;
    }
    case Style::Twilio:
        for (const auto key : {"page"_L1, "page_size"_L1, "start"_L1, "end"_L1}) {
            const QJsonValue value = root.value(key);
            if (!value.isUndefined() && !isCount(value))
                return fail(tr("The list page's “%1” is not a count.").arg(key));
        }
        for (const auto key : {"uri"_L1, "first_page_uri"_L1, "previous_page_uri"_L1}) {
            const QJsonValue value = root.value(key);
            if (!value.isUndefined() && !value.isNull() && !value.isString())
                return fail(tr("The list page's “%1” is not text.").arg(key));
        }
        continuationKey = u"next_page_uri"_s;
        break;
    }

    if (!readContinuation(root.value(continuationKey), style != Style::Twilio, &page.nextToken))
        return fail(tr("The list page's “%1” is neither text nor null.").arg(continuationKey));
    if (!page.nextToken.isEmpty()) {
        ApiError error;
        page.next = requestAfter(page.nextToken, &error);
        if (!page.next.isValid()) {
            failed.error = error;
            return failed;
        }
    }
    return page;
}
