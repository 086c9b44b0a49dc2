#include "propertiesclient.h"

#include "api/accountclient.h"
#include "api/apijob.h"
#include "api/paging.h"
#include "propertieslogging.h"
#include "propertydraft.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QString PropertiesPath = u"/v2/Properties"_s;
}

PropertiesClient::PropertiesClient(AccountClient *client)
    : m_client(client)
{
    Q_ASSERT(client);
}

ApiJob *PropertiesClient::list(const QString &pageToken, int count) const
{
    // The token is opaque: PagedEndpoint encodes it fully so '+' or '&' in it survive.
    const PageRequest request =
        PagedEndpoint::properties(qBound(1, count, MaxPageSize)).requestAfter(pageToken);
    qCDebug(lcProperties) << "listing properties, page token" << (pageToken.isEmpty() ? u"(first)"_s : pageToken);
    return m_client->get(request.path, request.query);
}

ApiJob *PropertiesClient::get(const QString &propertySid) const
{
    return m_client->get(PropertiesPath + u'/'
                         + QString::fromLatin1(QUrl::toPercentEncoding(propertySid)));
}

ApiJob *PropertiesClient::create(const PropertyDraft &draft) const
{
    return m_client->postJson(PropertiesPath, draft.toRequestBody());
}

ApiError PropertiesClient::parsePage(const ApiResult &result, PropertyPage *page)
{
    if (!result.ok())
        return result.error;
    ApiError error = PropertyPage::fromJson(result.json, page);
    if (error.isError())
        qCWarning(lcProperties) << "malformed list page:" << error.message();
    return error;
}

ApiError PropertiesClient::parseProperty(const ApiResult &result, Property *property)
{
    if (!result.ok())
        return result.error;
    ApiError error = propertyFromDocument(result.json, property);
    if (error.isError())
        qCWarning(lcProperties) << "malformed property:" << error.message();
    return error;
}
