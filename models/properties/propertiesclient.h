#pragma once

#include "property.h"

#include <QString>

class AccountClient;
class ApiJob;
struct ApiResult;
struct PropertyDraft;

// A thin typed layer over an AccountClient for the Properties family. It is a small value
// that does not own the AccountClient; the jobs it starts are the client's children.
//
//     PropertiesClient properties(accountClient);
//     ApiJob *job = properties.create(draft);
//     connect(job, &ApiJob::finished, this, [](const ApiResult &result) {
//         Property created;
//         const ApiError error = PropertiesClient::parseProperty(result, &created);
//         ...
//     });
class PropertiesClient
{
public:
    static constexpr int DefaultPageSize = 100;
    static constexpr int MaxPageSize = 1000; // the contract's Results_Count limit

    explicit PropertiesClient(AccountClient *client);

    AccountClient *accountClient() const { return m_client; }

    // GET /v2/Properties; an empty token asks for the first page. count is clamped to 1..1000.
    ApiJob *list(const QString &pageToken = {}, int count = DefaultPageSize) const;
    // GET /v2/Properties/{sid}
    ApiJob *get(const QString &propertySid) const;
    // POST /v2/Properties with draft.toRequestBody(); not validated here, the caller does.
    ApiJob *create(const PropertyDraft &draft) const;

    // Turn a finished job's result into a typed value. The returned error is the result's
    // own error, or Kind::Malformed when a success body breaks the contract.
    static ApiError parsePage(const ApiResult &result, PropertyPage *page);
    static ApiError parseProperty(const ApiResult &result, Property *property);

private:
    AccountClient *m_client;
};
