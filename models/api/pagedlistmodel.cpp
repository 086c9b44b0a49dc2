#include "pagedlistmodel.h"

#include "accountclient.h"
#include "apijob.h"

#include <limits>

PagedListModel::PagedListModel(AccountClient *client, const PagedEndpoint &endpoint,
                               QObject *parent)
    : ListModel(parent)
    , m_client(client)
    , m_endpoint(endpoint)
    , m_next(endpoint.firstRequest())
{
    Q_ASSERT(client);
}

PagedListModel::~PagedListModel()
{
    if (ApiJob *job = m_pageJob) {
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.isValid() && !m_failed;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_pageJob || !m_next.isValid() || m_failed)
        return; // one page in flight; never block here, views call this often
    requestPage();
}

void PagedListModel::setPageSize(int size)
{
    m_endpoint.pageSize = qBound(1, size, PagedEndpoint::MaxPageSize);
    // The next request may already be built (from a token or next_page_uri): resize it too.
    if (m_next.isValid()) {
        const QString key = m_endpoint.pageSizeParameter();
        m_next.query.removeAllQueryItems(key);
        m_next.query.addQueryItem(key, QString::number(m_endpoint.pageSize));
    }
}

void PagedListModel::requestPage()
{
    m_pageJob = m_client->get(m_next.path, m_next.query);
    connect(m_pageJob, &ApiJob::finished, this, &PagedListModel::onPageFinished);
    emit loadingChanged(true);
}

void PagedListModel::onPageFinished(const ApiResult &result)
{
    m_pageJob = nullptr; // the job deletes itself after finished()
    emit loadingChanged(false);
    m_firstPageDone = true;

    const PageResult page = m_endpoint.parsePage(result);
    if (!page.ok()) {
        failPage(page.error);
        return;
    }
    if (page.next.isValid() && page.next == m_next) {
        // A server that hands out the page just read would keep a view paging forever.
        failPage(ApiError::transport(ApiError::Kind::Malformed,
                                     tr("The server's next page is the page just read.")));
        return;
    }

    int count = 0;
    if (const ApiError error = preparePage(page.records, &count); error.isError()) {
        failPage(error);
        return;
    }
    m_lastError = {};
    m_next = page.next;

    const int first = rowCount({});
    if (count > 0) {
        beginInsertRows({}, first, first + count - 1);
        appendPreparedRows();
        endInsertRows();
    }
    Q_ASSERT(rowCount({}) == first + count);

    // The server's count is the truth, but never claim fewer than are shown; without one,
    // the count is known once the last page is in.
    const int shown = rowCount({});
    if (page.totalCount >= 0) {
        const qint64 total = qMin<qint64>(page.totalCount, std::numeric_limits<int>::max());
        setTotalCount(qMax(int(total), shown));
    } else if (!m_next.isValid()) {
        setTotalCount(shown);
    }
    qCDebug(lcPaging).noquote() << m_endpoint.path << "page loaded:" << count << "new rows,"
                                << shown << "of" << totalCount()
                                << (m_next.isValid() ? "" : "(last page)");
    emit pageLoaded(first, count);
}

void PagedListModel::failPage(const ApiError &error)
{
    qCWarning(lcPaging).noquote() << "a page of" << m_endpoint.path
                                  << "failed:" << error.displayText();
    m_failed = true; // m_next still names the page that failed, for retry()
    m_lastError = error;
    emit loadFailed(error);
}

void PagedListModel::reload()
{
    cancelPage();
    beginResetModel();
    clearRows();
    m_next = m_endpoint.firstRequest();
    m_failed = false;
    m_firstPageDone = false;
    m_lastError = {};
    endResetModel();
    setTotalCount(-1);
    // A view (or a model tester) told of the reset may have asked for the page already.
    if (!m_pageJob)
        requestPage();
}

bool PagedListModel::setEndpointQuery(const QUrlQuery &query)
{
    if (query.query(QUrl::FullyEncoded) == m_endpoint.query.query(QUrl::FullyEncoded))
        return false;
    m_endpoint.query = query;
    reload();
    return true;
}

void PagedListModel::retry()
{
    if (!m_failed)
        return;
    m_failed = false;
    if (!m_pageJob && m_next.isValid())
        requestPage();
}

void PagedListModel::cancelPage()
{
    if (!m_pageJob)
        return;
    ApiJob *job = m_pageJob;
    m_pageJob = nullptr;
    disconnect(job, nullptr, this, nullptr); // its Cancelled result is not news
    job->cancel();
    emit loadingChanged(false);
}
