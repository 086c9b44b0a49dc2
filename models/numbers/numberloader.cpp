#include "numberloader.h"

#include "api/accountclient.h"
#include "api/apijob.h"
#include "numbersclient.h"

#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNumberLoader, "switchboard.numbers.loader")

// The worker's own: the parser keeps its buffers between pages. Only ever touched on the
// worker's thread (every call is queued to it, one after another).
struct NumberLoader::WorkerState
{
    std::unique_ptr<NumberPageParser> parser;
};

NumberLoader::NumberLoader(AccountClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
    , m_batchTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_endpoint = NumbersClient(client).listEndpoint({}, m_pageSize);
    m_thread->setObjectName(u"numbers-parser"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    m_state = std::make_shared<WorkerState>();
    const ApiFamily family = client->family();
    QMetaObject::invokeMethod(m_worker, [state = m_state, family] {
        state->parser = std::make_unique<NumberPageParser>(family);
    });
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(100);
    connect(m_batchTimer, &QTimer::timeout, this, &NumberLoader::flush);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_running)
            request(m_current);
    });
}

NumberLoader::~NumberLoader()
{
    ++m_generation;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    m_thread->quit();
    m_thread->wait();
}

void NumberLoader::setBatchInterval(int ms)
{
    m_batchTimer->setInterval(ms);
}

int NumberLoader::batchInterval() const
{
    return m_batchTimer->interval();
}

void NumberLoader::setEngine(NumberPageParser::Engine engine)
{
    auto state = m_state;
    const ApiFamily family = m_client ? m_client->family() : ApiFamily::Twilio;
    QMetaObject::invokeMethod(m_worker, [state, family, engine] {
        state->parser = std::make_unique<NumberPageParser>(family, engine);
    });
}

void NumberLoader::start()
{
    cancelQuietly();
    m_running = true;
    m_rows = 0;
    m_pages = 0;
    m_endpoint.pageSize = m_pageSize;
    request(m_endpoint.firstRequest());
}

void NumberLoader::resume()
{
    if (m_running || !m_current.isValid())
        return;
    m_running = true;
    m_retryRounds = 0;
    request(m_current);
}

void NumberLoader::cancelQuietly()
{
    ++m_generation;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    m_pending.clear();
    m_batchTimer->stop();
    m_retryTimer->stop();
    m_retryRounds = 0;
    m_parsing = 0;
    m_lastRequested = false;
    m_running = false;
}

void NumberLoader::cancel()
{
    if (!m_running)
        return;
    cancelQuietly();
    m_current = {};
    emit finished(ApiError::transport(ApiError::Kind::Cancelled, tr("The load was cancelled.")));
}

void NumberLoader::request(const PageRequest &page)
{
    if (!m_client)
        return;
    m_current = page;
    m_job = m_client->getRaw(page.path, page.query);
    connect(m_job, &ApiJob::finished, this, &NumberLoader::onPageFinished);
}

void NumberLoader::onPageFinished(const ApiResult &result)
{
    m_job = nullptr;
    if (!result.ok()) {
        if (retryLater(result.error))
            return;
        qCWarning(lcNumberLoader).noquote() << "a page of numbers failed:" << result.error.displayText();
        end(result.error);
        return;
    }
    m_retryRounds = 0;
    const int generation = m_generation;
    ++m_parsing;
    QPointer<NumberLoader> self(this);
    auto state = m_state;
    const QByteArray body = result.body;
    const PageRequest asked = m_current;
    QMetaObject::invokeMethod(m_worker, [self, state, generation, body, asked] {
        const NumberPage page = state->parser->parse(body, [self, generation](const QString &next) {
            // Back to the loader's thread at once: the next request leaves while we read on.
            QMetaObject::invokeMethod(self, [self, generation, next] {
                if (self)
                    self->onNextKnown(generation, next);
            }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(self, [self, generation, page, asked] {
            if (self)
                self->onParsed(generation, page, asked);
        }, Qt::QueuedConnection);
    });
}

void NumberLoader::onNextKnown(int generation, const QString &token)
{
    if (generation != m_generation || !m_running)
        return;
    if (token.isEmpty()) {
        m_lastRequested = true;
        return;
    }
    ApiError error;
    const PageRequest next = m_endpoint.requestAfter(token, &error);
    if (!next.isValid()) {
        end(error);
        return;
    }
    if (next == m_current) {
        // A server that hands out the page just read would keep us reading forever.
        end(ApiError::transport(ApiError::Kind::Malformed,
                                tr("The server's next page is the page just read.")));
        return;
    }
    request(next);
}

void NumberLoader::onParsed(int generation, const NumberPage &page, const PageRequest &asked)
{
    if (generation != m_generation)
        return;
    --m_parsing;
    if (!page.ok()) {
        // resume() asks for this page again, not for the one after it.
        m_current = asked;
        end(page.error);
        return;
    }
    ++m_pages;
    m_rows += int(page.rows.size());
    m_pending.append(page);
    emit progress(m_rows);
    // The first rows at once; then no more often than the eye needs.
    if (!m_batchTimer->isActive()) {
        flush();
        m_batchTimer->start();
    }
    maybeEnd();
}

void NumberLoader::flush()
{
    if (m_pending.isEmpty())
        return;
    const QList<NumberPage> pages = std::move(m_pending);
    m_pending.clear();
    emit batchReady(pages);
    if (m_running || !m_pending.isEmpty())
        m_batchTimer->start();
}

void NumberLoader::maybeEnd()
{
    if (m_lastRequested && m_parsing == 0 && !m_job && m_running) {
        flush();
        m_running = false;
        m_current = {};
        qCInfo(lcNumberLoader) << "read" << m_rows << "numbers in" << m_pages << "pages";
        emit finished({});
    }
}

bool NumberLoader::retryLater(const ApiError &error)
{
    // An answer lost on the way, or a server busy for a moment: the page is there to be read.
    // Not a refused connection or a name that does not resolve (offline: say so now), nor a
    // refusal the server meant (4xx), nor a cancel.
    const bool lost = error.kind() == ApiError::Kind::Dropped || error.kind() == ApiError::Kind::Timeout
                      || (error.kind() == ApiError::Kind::Http
                          && (error.httpStatus() == 429 || error.httpStatus() >= 500));
    if (!lost || !m_running || m_retryRounds >= m_maxRetryRounds)
        return false;
    ++m_retryRounds;
    const RetryPolicy policy = m_client ? m_client->retryPolicy() : RetryPolicy{};
    const qint64 delay = std::min<qint64>(qint64(policy.initialDelayMs) * 4 << (m_retryRounds - 1),
                                          std::max(policy.maxDelayMs, policy.initialDelayMs));
    qCInfo(lcNumberLoader).noquote() << "a page of numbers was lost, asking again in" << delay
                                     << "ms:" << error.displayText();
    emit retrying(m_retryRounds, int(delay), error);
    m_retryTimer->start(int(delay));
    return true;
}

void NumberLoader::end(const ApiError &error)
{
    m_retryTimer->stop();
    // Pages already read still arrive and are handed over (resume() goes on after them);
    // nothing new is asked for.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    m_lastRequested = false;
    m_running = false;
    flush();
    emit finished(error);
}
