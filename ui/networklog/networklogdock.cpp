#include "networklogdock.h"

#include "api/networklog.h"
#include "api/networklogfiltermodel.h"

#include "widgets/filterbox.h"
#include "widgets/tablebehaviour.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NetworkLogDock::NetworkLogDock(QWidget *parent)
    : QDockWidget(tr("Network log"), parent)
    , m_filter(new NetworkLogFilterModel(this))
    , m_view(new QTableView)
    , m_filterEdit(new QLineEdit)
    , m_failedOnly(new QCheckBox(tr("&Failed only")))
    , m_details(new QPlainTextEdit)
    , m_count(new QLabel)
    , m_copyCurl(new QAction(tr("Copy as &curl"), this))
    , m_clear(new QAction(tr("C&lear"), this))
    , m_find(new QAction(tr("&Find"), this))
{
    setObjectName(u"networkLogDock"_s);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::RightDockWidgetArea);

    m_filterEdit->setObjectName(u"networkLogFilter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter by account, path, status or error"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter the network log"));
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &NetworkLogFilterModel::setText);
    m_failedOnly->setObjectName(u"networkLogFailedOnly"_s);
    m_failedOnly->setToolTip(tr("Show only requests that failed"));
    connect(m_failedOnly, &QCheckBox::toggled, m_filter, &NetworkLogFilterModel::setFailedOnly);

    m_copyCurl->setObjectName(u"actionCopyCurl"_s);
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurl->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyCurl->setToolTip(tr("Copy the selected request as a curl command; the secret is a "
                              "shell variable such as $TWILIO_AUTH_TOKEN (%1)")
                               .arg(m_copyCurl->shortcut().toString(QKeySequence::NativeText)));
    m_copyCurl->setEnabled(false);
    connect(m_copyCurl, &QAction::triggered, this, &NetworkLogDock::copyCurl);
    // Edit ▸ Find while the keyboard is in the log; Ctrl+F there too.
    m_find->setObjectName(u"actionFindInLog"_s);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_find, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    addAction(m_find);
    m_clear->setObjectName(u"actionClearLog"_s);
    m_clear->setToolTip(tr("Forget the requests listed so far"));
    connect(m_clear, &QAction::triggered, this, [this] {
        if (m_log)
            m_log->clear();
    });

    auto *copyButton = new QToolButton;
    copyButton->setDefaultAction(m_copyCurl);
    copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *clearButton = new QToolButton;
    clearButton->setDefaultAction(m_clear);
    clearButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_view->setObjectName(u"networkLogView"_s);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NetworkLog::TimeColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setAccessibleName(tr("Requests"));
    m_view->addAction(m_copyCurl); // its shortcut works in the table
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    // As every table: Tab leaves it, the columns are remembered, a context menu.
    auto *table = TableBehaviour::setUp(m_view, u"networkLog"_s);
    table->setContextActions({m_copyCurl, nullptr, m_clear});
    FilterBox::attach(m_filterEdit, m_view);

    m_details->setObjectName(u"networkLogDetails"_s);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a request to see its details; the bodies of "
                                     "failed requests are shown here."));
    m_details->setAccessibleName(tr("Request details"));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_failedOnly);
    bar->addWidget(m_count);
    bar->addWidget(copyButton);
    bar->addWidget(clearButton);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NetworkLogDock::showDetails);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, [this] { showDetails(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) { followNewRows(first); });
    const auto recount = [this] {
        m_count->setText(tr("%n request(s)", nullptr, m_filter->rowCount()));
        showDetails();
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, recount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, recount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, recount);
    m_count->setText(tr("%n request(s)", nullptr, 0));
}

NetworkLogDock::~NetworkLogDock()
{
    // The filter and the view outlive this body: their last signals must not reach it.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void NetworkLogDock::setLog(NetworkLog *log)
{
    m_log = log;
    m_filter->setSourceModel(log);
    // Widths for what each column holds (the columns exist only now).
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto fit = [&](int column, const QString &sample) {
        header->resizeSection(column, metrics.horizontalAdvance(sample) + 16);
    };
    fit(NetworkLog::TimeColumn, u"00:00:00.000"_s);
    fit(NetworkLog::AccountColumn, u"Sandbox · SignalWire"_s);
    fit(NetworkLog::MethodColumn, u"DELETE"_s);
    fit(NetworkLog::PathColumn, u"/2010-04-01/Accounts/AC0123/Incoming"_s);
    fit(NetworkLog::StatusColumn, tr("no answer"));
    fit(NetworkLog::DurationColumn, u"10,000 ms"_s);
    fit(NetworkLog::RetriesColumn, tr("Retries"));
    m_count->setText(tr("%n request(s)", nullptr, m_filter->rowCount()));
    m_view->scrollToBottom();
}

int NetworkLogDock::currentSourceRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return m_filter->mapToSource(current).row();
}

QString NetworkLogDock::currentCurl() const
{
    const int row = currentSourceRow();
    return m_log && row >= 0 ? m_log->curlCommand(row) : QString();
}

void NetworkLogDock::copyCurl()
{
    const QString curl = currentCurl();
    if (!curl.isEmpty())
        QApplication::clipboard()->setText(curl);
}

void NetworkLogDock::followNewRows(int first)
{
    // Keep the newest in view, unless the user scrolled up to read something.
    QScrollBar *bar = m_view->verticalScrollBar();
    if (first >= m_filter->rowCount() - 1 && bar->value() >= bar->maximum() - 2)
        m_view->scrollToBottom();
}

void NetworkLogDock::showDetails()
{
    const int row = currentSourceRow();
    m_copyCurl->setEnabled(row >= 0);
    if (!m_log || row < 0) {
        m_details->clear();
        return;
    }
    const NetworkLogEntry e = m_log->entry(row);
    QStringList lines;
    lines << e.method + u' ' + e.url.toDisplayString();
    lines << tr("Account: %1").arg(e.account);
    lines << tr("Started: %1").arg(QLocale().toString(e.startedAt, QLocale::LongFormat));
    if (e.isFinished()) {
        lines << tr("Status: %1").arg(e.httpStatus > 0 ? QString::number(e.httpStatus)
                                                       : tr("no answer"));
        lines << tr("Duration: %1 ms").arg(QLocale().toString(e.durationMs));
    } else {
        lines << tr("Status: waiting for the answer…");
    }
    lines << tr("Retries: %1").arg(e.retries);
    if (!e.error.isEmpty())
        lines << tr("Error: %1").arg(e.error);
    if (!e.requestBody.isEmpty())
        lines << QString() << tr("Request body:") << QString::fromUtf8(e.requestBody);
    if (!e.responseBody.isEmpty())
        lines << QString() << tr("Response body:") << QString::fromUtf8(e.responseBody);
    lines << QString() << tr("As curl:") << m_log->curlCommand(row);
    const QString text = lines.join(u'\n');
    if (text != m_details->toPlainText())
        m_details->setPlainText(text);
}
