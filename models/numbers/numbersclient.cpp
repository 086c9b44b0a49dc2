#include "numbersclient.h"

#include "api/accountclient.h"
#include "api/apijob.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QString escapedSid(const QString &sid)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(sid));
}

QUrlQuery formOf(const NumbersClient::Parameters &parameters)
{
    QUrlQuery form;
    for (const auto &[name, value] : parameters)
        form.addQueryItem(name, value);
    return form;
}
} // namespace

NumbersClient::NumbersClient(AccountClient *client)
    : m_client(client)
{
    Q_ASSERT(client);
}

ApiFamily NumbersClient::family() const
{
    return m_client->family();
}

QString NumbersClient::accountPath() const
{
    const QString prefix = family() == ApiFamily::SignalWire ? u"/api/laml/2010-04-01/Accounts/"_s
                                                             : u"/2010-04-01/Accounts/"_s;
    return prefix + m_client->profile().pathAccount();
}

PagedEndpoint NumbersClient::listEndpoint(const NumberFilter &filter, int pageSize) const
{
    PagedEndpoint e = PagedEndpoint::incomingPhoneNumbers(family(), m_client->profile().pathAccount(),
                                                          pageSize);
    const auto add = [&e](const QString &name, const QString &value) {
        if (!value.isEmpty())
            e.query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"PhoneNumber"_s, filter.phoneNumberContains);
    add(u"FriendlyName"_s, filter.friendlyNameContains);
    return e;
}

ApiJob *NumbersClient::get(const QString &sid) const
{
    return m_client->get(accountPath() + u"/IncomingPhoneNumbers/"_s + escapedSid(sid) + u".json"_s);
}

ApiJob *NumbersClient::update(const QString &sid, const Parameters &parameters) const
{
    return m_client->postForm(accountPath() + u"/IncomingPhoneNumbers/"_s + escapedSid(sid)
                                  + u".json"_s,
                              formOf(parameters));
}

ApiJob *NumbersClient::release(const QString &sid) const
{
    return m_client->deleteResource(accountPath() + u"/IncomingPhoneNumbers/"_s + escapedSid(sid)
                                    + u".json"_s);
}

ApiJob *NumbersClient::buy(const Parameters &parameters) const
{
    return m_client->postForm(accountPath() + u"/IncomingPhoneNumbers.json"_s, formOf(parameters));
}

ApiJob *NumbersClient::search(const NumberSearch &search) const
{
    const QString country = search.countryCode.isEmpty() ? u"US"_s : search.countryCode;
    return m_client->get(accountPath() + u"/AvailablePhoneNumbers/"_s + escapedSid(country) + u'/'
                             + search.pathSuffix(),
                         search.query());
}

ApiJob *NumbersClient::findOwned(const QString &phoneNumberContains, int pageSize) const
{
    const PageRequest request =
        listEndpoint({phoneNumberContains, {}}, qBound(1, pageSize, PagedEndpoint::MaxPageSize))
            .firstRequest();
    return m_client->get(request.path, request.query);
}

ApiError NumbersClient::parseNumber(const ApiResult &result, ApiFamily family, IncomingNumber *out)
{
    if (!result.ok())
        return result.error;
    if (!result.json.isObject()) {
        return ApiError::transport(ApiError::Kind::Malformed,
                                   IncomingNumber::tr("The server's answer is not a number."));
    }
    return IncomingNumber::fromJson(result.json.object(), family, out);
}

ApiError NumbersClient::parseNumbers(const ApiResult &result, ApiFamily family,
                                     QList<IncomingNumber> *out, bool *hasMore)
{
    if (!result.ok())
        return result.error;
    const QJsonObject body = result.json.object();
    const QJsonValue array = body.value(u"incoming_phone_numbers"_s);
    if (!array.isArray()) {
        return ApiError::transport(ApiError::Kind::Malformed,
                                   IncomingNumber::tr("The server's answer has no list of numbers."));
    }
    QList<IncomingNumber> numbers;
    for (const QJsonValue &v : array.toArray()) {
        IncomingNumber n;
        if (const ApiError e = IncomingNumber::fromJson(v.toObject(), family, &n); e.isError())
            return e;
        numbers.append(n);
    }
    if (hasMore)
        *hasMore = body.value(u"next_page_uri"_s).isString();
    *out = numbers;
    return {};
}

ApiError NumbersClient::parseAvailable(const ApiResult &result, QList<AvailableNumber> *out)
{
    if (!result.ok())
        return result.error;
    const QJsonValue array = result.json.object().value(u"available_phone_numbers"_s);
    if (!array.isArray()) {
        return ApiError::transport(ApiError::Kind::Malformed,
                                   AvailableNumber::tr("The server's answer has no list of available numbers."));
    }
    QList<AvailableNumber> numbers;
    for (const QJsonValue &v : array.toArray()) {
        AvailableNumber n;
        if (const ApiError e = AvailableNumber::fromJson(v.toObject(), &n); e.isError())
            return e;
        numbers.append(n);
    }
    *out = numbers;
    return {};
}
