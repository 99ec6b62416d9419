#pragma once

#include "OperatorDatabase.h"

#include <QAbstractTableModel>

namespace spdc {

// Operators as rows for the operator picker: name, country, MCC/MNC.
class OperatorListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountryColumn, CodeColumn, ColumnCount };

    explicit OperatorListModel(QObject *parent = nullptr);

    void setOperators(const QList<OperatorDatabase::Operator> &operators);
    const QList<OperatorDatabase::Operator> &operators() const { return m_operators; }
    const OperatorDatabase::Operator &operatorAt(int row) const { return m_operators.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "234 15": the two codes apart, as operators publish them.
    static QString codeText(const OperatorDatabase::Operator &op);

private:
    QList<OperatorDatabase::Operator> m_operators;
};

} // namespace spdc
