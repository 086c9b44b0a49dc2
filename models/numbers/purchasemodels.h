#pragma once

#include "availablenumber.h"
#include "purchasedraft.h"

#include <QAbstractTableModel>
#include <QSet>

// The numbers one search offered (at most 30), for the buy flow's results table. Numbers
// already in the cart say so and cannot be picked twice.
//
//     model.setNumbers(found);          // one reset per search
//     model.setInCart({"+14155550100"});
class AvailableNumberModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailableNumberModel)

public:
    enum Column { NumberColumn, LocationColumn, CapabilitiesColumn, NoteColumn, ColumnCount };
    enum Role { NumberRole = Qt::UserRole + 1, InCartRole };

    explicit AvailableNumberModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setNumbers(const QList<AvailableNumber> &numbers);
    const QList<AvailableNumber> &numbers() const { return m_numbers; }
    AvailableNumber numberAt(int row) const { return m_numbers.value(row); }
    // Keys (E.164) of the cart's items: those rows are marked and disabled.
    void setInCart(const QSet<QString> &keys);

private:
    QList<AvailableNumber> m_numbers;
    QSet<QString> m_inCart;
};

// A cart's items with their state and outcome, for the buy flow.
class PurchaseCartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseCartModel)

public:
    enum Column { NumberColumn, LocationColumn, StateColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, StateRole };

    explicit PurchaseCartModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The cart's items; rows change in place when only states changed (the outbox's
    // progress), else one reset.
    void setItems(const QList<PurchaseItem> &items);
    const QList<PurchaseItem> &items() const { return m_items; }
    // Whether the cart gives an address (AddressSid): else a number that needs one says so.
    void setHasAddress(bool hasAddress);
    // The item whose purchase is on its way, and what it says meanwhile ("Buying…",
    // "Checking whether the purchase went through…"); an empty key for none.
    void setInFlight(const QString &key, const QString &text);
    // "Bought", "Already yours", "To buy", "Needs an address", the reason it was refused.
    static QString stateText(const PurchaseItem &item, bool hasAddress = true);

private:
    void changedAll();

    QList<PurchaseItem> m_items;
    bool m_hasAddress = true;
    QString m_inFlightKey;
    QString m_inFlightText;
};
