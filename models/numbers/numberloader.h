#pragma once

#include "api/apierror.h"
#include "api/paging.h"
#include "numberpageparser.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class AccountClient;
class ApiJob;
class QThread;
class QTimer;

// Reads every number of an account (Twilio's or SignalWire's IncomingPhoneNumbers, 1,000 a
// page): each page's body is read off the GUI thread straight into compact rows
// (NumberPageParser, on a thread of the loader's own), the next page is asked for as soon as
// the current one's next_page_uri is known (while its records are still being read), and the
// rows are handed over in batches no more often than every batchInterval() ms (the first
// page at once), in the server's order.
//
//     auto *loader = new NumberLoader(client, this);
//     connect(loader, &NumberLoader::batchReady, model, &NumberTableModel::apply);
//     connect(loader, &NumberLoader::finished, this, [](const ApiError &e) { ... });
//     loader->start();
//
// A page whose answer is lost (a dropped connection, a timeout, a 5xx or 429) after the
// client's own retries is asked for again, a few rounds later and later (one lost answer in
// a hundred pages must not end a load of a whole account). A page that still fails, or fails
// otherwise, stops the load: finished(error), the rows handed over stay, and resume() goes
// on from that page. cancel() stops it for good:
// finished(Kind::Cancelled).
class NumberLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberLoader)

public:
    explicit NumberLoader(AccountClient *client, QObject *parent = nullptr);
    ~NumberLoader() override;

    void setPageSize(int size) { m_pageSize = size; }
    void setBatchInterval(int ms);
    int batchInterval() const;
    void setEngine(NumberPageParser::Engine engine);

    // Starts from the first page (a load already running starts again).
    void start();
    // After a failed page: asks for it again.
    void resume();
    void cancel();
    bool isRunning() const { return m_running; }
    int rowsRead() const { return m_rows; }
    int pagesRead() const { return m_pages; }
    // Rounds of asking again for a page whose answer was lost (each round is the client's own
    // attempts); 3 unless set.
    void setRetryRounds(int rounds) { m_maxRetryRounds = rounds; }

signals:
    void batchReady(const QList<NumberPage> &pages);
    void progress(int rowsRead);
    // Every page read and handed over (no error), or why not.
    void finished(const ApiError &error);
    // A page's answer was lost: it is asked for again in `delayMs` (round `round`).
    void retrying(int round, int delayMs, const ApiError &error);

private:
    struct WorkerState;

    void request(const PageRequest &page);
    void cancelQuietly();
    void onPageFinished(const ApiResult &result);
    void onNextKnown(int generation, const QString &token);
    void onParsed(int generation, const NumberPage &page, const PageRequest &asked);
    void flush();
    void end(const ApiError &error);
    void maybeEnd();
    bool retryLater(const ApiError &error);

    QPointer<AccountClient> m_client;
    PagedEndpoint m_endpoint;
    QThread *m_thread;
    QObject *m_worker; // lives in m_thread
    std::shared_ptr<WorkerState> m_state; // the worker's parser, used on its thread only
    QTimer *m_batchTimer;
    QTimer *m_retryTimer;   // asks for m_current again after a lost answer
    QPointer<ApiJob> m_job;
    PageRequest m_current;  // the page asked for (again by resume())
    QList<NumberPage> m_pending; // read, not handed over yet
    int m_pageSize = 1000;
    int m_generation = 0;   // a start() or cancel() makes older pages' results stale
    int m_parsing = 0;      // bodies handed to the worker, not back yet
    int m_rows = 0;
    int m_pages = 0;
    int m_retryRounds = 0;  // rounds of asking for m_current again (0 after a page read)
    int m_maxRetryRounds = 3;
    bool m_running = false;
    bool m_lastRequested = false; // the last page has been asked for (no next after it)
};
