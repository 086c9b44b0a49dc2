#include "broadcastclient.h"

#include "api/accountclient.h"
#include "api/apijob.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

BroadcastClient::BroadcastClient(AccountClient *client)
    : m_client(client)
{
}

PagedEndpoint BroadcastClient::projectsEndpoint(int pageSize)
{
    return PagedEndpoint::broadcast(u"/v1/projects"_s, pageSize);
}

ApiJob *BroadcastClient::createProject(const QJsonObject &body) const
{
    return m_client->postJson(u"/v1/projects"_s, body);
}

ApiJob *BroadcastClient::project(const QString &id) const
{
    return m_client->get(u"/v1/projects/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

ApiJob *BroadcastClient::projects(const QString &token, int pageSize) const
{
    const PagedEndpoint endpoint = projectsEndpoint(pageSize);
    const PageRequest request = endpoint.requestAfter(token);
    return m_client->get(request.path, request.query);
}

ApiError BroadcastClient::parseProject(const ApiResult &result, BroadcastProject *out)
{
    if (!result.ok())
        return result.error;
    if (!result.json.isObject()) {
        return ApiError::transport(ApiError::Kind::Malformed,
                                   BroadcastProject::tr("The server's answer is not a project."));
    }
    return BroadcastProject::fromJson(result.json.object(), out);
}

ApiError BroadcastClient::parseProjects(const ApiResult &result, QList<BroadcastProject> *out,
                                        QString *nextToken)
{
    const PageResult page = projectsEndpoint().parsePage(result);
    if (!page.ok())
        return page.error;
    QList<BroadcastProject> projects;
    projects.reserve(page.records.size());
    for (const QJsonValue &record : page.records) {
        BroadcastProject p;
        if (const ApiError e = BroadcastProject::fromJson(record.toObject(), &p); e.isError())
            return e;
        projects.append(p);
    }
    *out = projects;
    *nextToken = page.next.isValid() ? page.nextToken : QString();
    return {};
}

BroadcastReferenceLoader::BroadcastReferenceLoader(AccountClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

BroadcastReferenceLoader::~BroadcastReferenceLoader()
{
    if (m_job)
        m_job->cancel();
}

void BroadcastReferenceLoader::start()
{
    m_stage = Stage::Numbers;
    m_next = endpointFor(m_stage).firstRequest();
    requestNext();
}

void BroadcastReferenceLoader::cancel()
{
    if (m_job)
        m_job->cancel(); // finishes with Kind::Cancelled, which ends the loader
    else
        end(ApiError::transport(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

PagedEndpoint BroadcastReferenceLoader::endpointFor(Stage stage) const
{
    switch (stage) {
    case Stage::Numbers:
        return PagedEndpoint::broadcast(u"/v1/phone_numbers"_s, PagedEndpoint::MaxPageSize);
    case Stage::Brands:
        return PagedEndpoint::broadcast(u"/v1/brands"_s, PagedEndpoint::MaxPageSize);
    case Stage::Campaigns: {
        PagedEndpoint e = PagedEndpoint::broadcast(u"/v1/campaigns"_s, PagedEndpoint::MaxPageSize);
        e.query.addQueryItem(u"brand_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(
                                                m_reference.brands.at(m_brandIndex).id)));
        return e;
    }
    case Stage::Verifications:
        return PagedEndpoint::broadcast(u"/v1/toll_free_verifications"_s, PagedEndpoint::MaxPageSize);
    case Stage::Domains:
        return PagedEndpoint::broadcast(u"/v1/link_tracking_domains"_s, PagedEndpoint::MaxPageSize);
    case Stage::ContactFields:
        return PagedEndpoint::broadcast(u"/v1/contact_fields"_s, PagedEndpoint::MaxPageSize);
    case Stage::Done:
        break;
    }
    return {};
}

void BroadcastReferenceLoader::requestNext()
{
    m_job = m_client->get(m_next.path, m_next.query);
    connect(m_job, &ApiJob::finished, this, &BroadcastReferenceLoader::onPage);
}

ApiError BroadcastReferenceLoader::takeRecords(const QJsonArray &records)
{
    const auto malformed = [](const QString &what) {
        return ApiError::transport(ApiError::Kind::Malformed,
                                   tr("The server sent %1 that cannot be read.").arg(what));
    };
    for (const QJsonValue &value : records) {
        const QJsonObject o = value.toObject();
        const QString id = o.value(u"id"_s).toString();
        switch (m_stage) {
        case Stage::Numbers: {
            Validation::BroadcastNumberRef n;
            n.id = id;
            n.phoneNumber = o.value(u"phone_number"_s).toString();
            const QString type = o.value(u"type"_s).toString();
            n.tollFree = type == u"toll-free";
            n.tollFreeVerificationId = o.value(u"toll_free_verification_id"_s).toString();
            if (n.id.isEmpty() || n.phoneNumber.isEmpty() || (type != u"local" && !n.tollFree))
                return malformed(tr("a phone number"));
            m_reference.numbers.append(n);
            break;
        }
        case Stage::Brands:
            if (id.isEmpty())
                return malformed(tr("a brand"));
            m_reference.brands.append({id, o.value(u"name"_s).toString()});
            break;
        case Stage::Campaigns: {
            const QString brand = o.value(u"brand_id"_s).toString();
            if (id.isEmpty())
                return malformed(tr("a campaign"));
            m_reference.campaigns.append(
                {id, brand.isEmpty() ? m_reference.brands.at(m_brandIndex).id : brand,
                 o.value(u"name"_s).toString()});
            break;
        }
        case Stage::Verifications: {
            if (id.isEmpty())
                return malformed(tr("a toll-free verification"));
            QString name = o.value(u"name"_s).toString();
            if (name.isEmpty())
                name = o.value(u"business_name"_s).toString();
            m_reference.tollFreeVerifications.append({id, name});
            break;
        }
        case Stage::Domains: {
            const QString domain = o.value(u"domain"_s).toString();
            if (id.isEmpty() || domain.isEmpty())
                return malformed(tr("a link-tracking domain"));
            m_reference.linkTrackingDomains.append({id, domain});
            break;
        }
        case Stage::ContactFields: {
            const QString name = o.value(u"name"_s).toString();
            if (name.isEmpty())
                return malformed(tr("a contact field"));
            m_reference.contactFields.append(name);
            break;
        }
        case Stage::Done:
            break;
        }
    }
    return {};
}

void BroadcastReferenceLoader::onPage(const ApiResult &result)
{
    m_job = nullptr;
    const PagedEndpoint endpoint = endpointFor(m_stage);
    const PageResult page = endpoint.parsePage(result);
    if (!page.ok()) {
        end(page.error);
        return;
    }
    if (const ApiError e = takeRecords(page.records); e.isError()) {
        end(e);
        return;
    }
    if (page.next.isValid()) {
        m_next = page.next;
        requestNext();
        return;
    }
    // This list is complete: the next one (each brand's campaigns in turn).
    if (m_stage == Stage::Campaigns && m_brandIndex + 1 < m_reference.brands.size()) {
        ++m_brandIndex;
    } else {
        m_stage = Stage(int(m_stage) + 1);
        if (m_stage == Stage::Campaigns && m_reference.brands.isEmpty())
            m_stage = Stage::Verifications;
        m_brandIndex = 0;
    }
    if (m_stage == Stage::Done) {
        m_reference.fetchedAt = QDateTime::currentDateTimeUtc();
        m_reference.index();
        end({});
        return;
    }
    m_next = endpointFor(m_stage).firstRequest();
    requestNext();
}

void BroadcastReferenceLoader::end(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(error.isError() ? BroadcastReference() : m_reference, error);
    deleteLater();
}
