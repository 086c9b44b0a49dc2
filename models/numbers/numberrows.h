#pragma once

#include <QString>

#include <utility>

class NumberTableModel;

// What a NumberFilterModel reads its rows through: one account's NumberTableModel, or an
// AllNumbersModel of several. Each row is a row of one account's table (a "part"), whose
// string pool and client it uses; parts keep their order until the model is reset.
class NumberRows
{
public:
    virtual ~NumberRows() = default;

    virtual int partCount() const = 0;
    virtual NumberTableModel *part(int index) const = 0;
    // What the Account column says for a part's rows (and sorts them by).
    virtual QString partName(int index) const = 0;
    // The part a row belongs to and the row there; {-1, -1} when out of range.
    virtual std::pair<int, int> locate(int row) const = 0;
};
