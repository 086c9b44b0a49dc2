#pragma once

#include <QDockWidget>
#include <QPointer>

class NetworkLog;
class NetworkLogFilterModel;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

// View ▸ Network log: the session's requests (NetworkLog) as a table, newest at the bottom,
// filterable by text and to failed requests; the selected request's details below it
// (the bodies of a failed one), and "Copy as curl" with the secret as a shell variable.
//
//     auto *dock = new NetworkLogDock(window);
//     dock->setLog(log);
//     window->addDockWidget(Qt::BottomDockWidgetArea, dock);
class NetworkLogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkLogDock)

public:
    explicit NetworkLogDock(QWidget *parent = nullptr);
    ~NetworkLogDock() override;

    void setLog(NetworkLog *log);
    NetworkLog *log() const { return m_log; }

    // For tests.
    QTableView *view() const { return m_view; }
    NetworkLogFilterModel *filter() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *failedOnlyCheck() const { return m_failedOnly; }
    QPlainTextEdit *details() const { return m_details; }
    QAction *copyCurlAction() const { return m_copyCurl; }
    QAction *clearAction() const { return m_clear; }
    QAction *findAction() const { return m_find; } // to the filter box
    // The curl command of the current row ("" when none).
    QString currentCurl() const;

private:
    void showDetails();
    void copyCurl();
    int currentSourceRow() const;
    void followNewRows(int first);

    QPointer<NetworkLog> m_log;
    NetworkLogFilterModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_filterEdit;
    QCheckBox *m_failedOnly;
    QPlainTextEdit *m_details;
    QLabel *m_count;
    QAction *m_copyCurl;
    QAction *m_clear;
    QAction *m_find;
};
