#pragma once

#include "apierror.h"
#include "listmodel.h"
#include "paging.h"

#include <QPointer>

class AccountClient;
class ApiJob;
struct ApiResult;

// The base of every table that pages through a list endpoint (qtbase's fetchmore example):
// nothing is loaded until a view or the owner calls fetchMore(); each call asks for one more
// page while no other page is in flight, and never blocks; each page's rows are inserted with
// one beginInsertRows/endInsertRows pair. A failed page (HTTP, transport or malformed) keeps
// the rows already shown and stops paging until retry() or reload(), so a view does not
// hammer a server that is down.
//
// The base knows requests and counts, never rows: a subclass keeps its own typed rows (a
// table may hold 100,000) and implements rowCount(), columnCount(), data() and the three
// row hooks below. Usage:
//
//     class PropertyListModel final : public PagedListModel { ... }; // see the hooks
//     PropertyListModel model(accountClient);      // the client is not owned
//     connect(&model, &PagedListModel::loadFailed, ...);
//     view->setModel(&model);                      // the view calls fetchMore()
class PagedListModel : public ListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedListModel)

public:
    ~PagedListModel() override;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const PagedEndpoint &endpoint() const { return m_endpoint; }
    // Rows asked for per page (clamped to 1..1000); takes effect from the next request.
    void setPageSize(int size);
    int pageSize() const { return m_endpoint.pageSize; }

    // totalCount(): the server's count (never fewer than are shown); -1 until known: before
    // the first page, and until the last page for endpoints that do not report a total.
    bool isLoading() const override { return !m_pageJob.isNull(); }
    // True once the first page has been answered, successfully or not.
    bool hasLoadedFirstPage() const override { return m_firstPageDone; }
    // True after the last page: canFetchMore() stays false until reload().
    bool isAtEnd() const override { return !m_next.isValid(); }
    // The error of the last page if it failed; cleared by the next page that loads.
    ApiError lastError() const override { return m_lastError; }

    // Forgets every row (one model reset) and loads the first page again; a page in
    // flight is cancelled and never arrives.
    void reload() override;
    // New filters for the first request (the server's own, so a filter never walks the
    // whole list): reloads, unless they are the ones in use. Values percent-encoded as in
    // PageRequest. Returns whether it reloaded.
    bool setEndpointQuery(const QUrlQuery &query);
    // After loadFailed(): asks for the page that failed again and re-arms fetchMore().
    void retry() override;

protected:
    // `client` is not owned and must outlive the model (its jobs are the client's children).
    PagedListModel(AccountClient *client, const PagedEndpoint &endpoint, QObject *parent);

    // Row hooks, called by the base on the GUI thread while it handles a page.
    //
    // preparePage(): the page's records (each a JSON object) arrived. Parse them into typed
    // rows held aside, not yet shown, and set *count to how many will be appended at the end.
    // It may also update rows already shown (emitting dataChanged), e.g. to merge a record it
    // already lists. Returning an error (Kind::Malformed) fails the page: appendPreparedRows()
    // is not called, and the next preparePage() must start afresh.
    virtual ApiError preparePage(const QJsonArray &records, int *count) = 0;
    // Called between beginInsertRows() and endInsertRows(), only when *count was above zero:
    // append exactly the rows prepared, at the end.
    virtual void appendPreparedRows() = 0;
    // Called between beginResetModel() and endResetModel() by reload(): drop every row.
    virtual void clearRows() = 0;

    AccountClient *accountClient() const { return m_client; }

private:
    void requestPage();
    void onPageFinished(const ApiResult &result);
    void failPage(const ApiError &error);
    void cancelPage();

    AccountClient *m_client;
    PagedEndpoint m_endpoint;
    PageRequest m_next;            // the page to ask for; invalid once the last one arrived
    QPointer<ApiJob> m_pageJob;    // one page in flight
    bool m_firstPageDone = false;
    bool m_failed = false;
    ApiError m_lastError;
};
