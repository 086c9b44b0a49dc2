#pragma once

#include "listpane.h"

class AllNumbersModel;
class NumberFilterModel;
class QTimer;

// The All numbers section: every number of every Twilio and SignalWire account in one
// read-only table with an Account column, from the same shared tables (and caches) as each
// account's Numbers section. Filtered by text and sorted by any column; what to change about
// a number is done in its account's own Numbers section.
class AllNumbersPane final : public ListPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllNumbersPane)

public:
    // `dataFolder` holds the accounts' caches (none when empty).
    explicit AllNumbersPane(const QString &dataFolder, QWidget *parent = nullptr);
    ~AllNumbersPane() override;

    void setAccounts(const QList<Account *> &accounts) override;
    AllNumbersModel *numbers() const { return m_model; }
    NumberFilterModel *filterModel() const { return m_proxy; }

protected:
    QString placeholderText(State state) const override;
    QString statusText() const override;
    QString loadFailedText(const ApiError &error) const override;
    bool isFiltering() const override;
    void clearFilter() override;
    void firstPageLoaded() override;

private:
    void applyFilter();

    AllNumbersModel *m_model;
    NumberFilterModel *m_proxy;
    QLineEdit *m_textFilter = nullptr;
    QTimer *m_filterTimer;
};
