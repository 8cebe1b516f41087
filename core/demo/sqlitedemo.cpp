#include "core/demo/sqlitedemo.h"

#include "core/demo/demologging.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace dbpulse {

namespace {

// Same shop as the PostgreSQL demo, smaller. Like there, order_items.product_id and
// payments.order_id have no index, so the SQLite advisor has something to find.
constexpr const char *kStatements[] = {
    "PRAGMA foreign_keys = ON",
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " country TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " category TEXT NOT NULL, price REAL NOT NULL, stock INTEGER NOT NULL)",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),"
    " status TEXT NOT NULL, total REAL NOT NULL DEFAULT 0, created_at TEXT NOT NULL)",
    "CREATE INDEX orders_customer_id_idx ON orders (customer_id)",
    "CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),"
    " product_id INTEGER NOT NULL REFERENCES products(id), quantity INTEGER NOT NULL, unit_price REAL NOT NULL)",
    "CREATE INDEX order_items_order_id_idx ON order_items (order_id)",
    "CREATE TABLE payments (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),"
    " amount REAL NOT NULL, method TEXT NOT NULL, status TEXT NOT NULL, paid_at TEXT NOT NULL)",
    "BEGIN",
    "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 2000) "
    "INSERT INTO customers (id, email, name, country, created_at) "
    "SELECT n, 'customer' || n || '@example.com', 'Customer ' || n,"
    " substr('DEFRUSGBNLSEPLESITJP', 1 + 2 * (abs(random()) % 10), 2),"
    " datetime('now', '-' || (abs(random()) % 1000) || ' days') FROM g",
    "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 200) "
    "INSERT INTO products (id, sku, name, category, price, stock) "
    "SELECT n, printf('SKU-%06d', n), 'Product ' || n,"
    " CASE n % 5 WHEN 0 THEN 'books' WHEN 1 THEN 'games' WHEN 2 THEN 'garden' WHEN 3 THEN 'tools' ELSE 'toys' END,"
    " round(1 + (abs(random()) % 19900) / 100.0, 2), abs(random()) % 500 FROM g",
    "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 5000) "
    "INSERT INTO orders (id, customer_id, status, created_at) "
    "SELECT n, 1 + abs(random()) % 2000,"
    " CASE abs(random()) % 10 WHEN 0 THEN 'pending' WHEN 1 THEN 'shipped' WHEN 2 THEN 'cancelled' ELSE 'delivered' END,"
    " datetime('now', '-' || (abs(random()) % 700) || ' days') FROM g",
    "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 10000) "
    "INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) "
    "SELECT n, 1 + (n - 1) % 5000, 1 + abs(random()) % 200, 1 + abs(random()) % 4,"
    " round(1 + (abs(random()) % 19900) / 100.0, 2) FROM g",
    "UPDATE orders SET total = (SELECT coalesce(sum(quantity * unit_price), 0) FROM order_items"
    " WHERE order_id = orders.id)",
    "INSERT INTO payments (order_id, amount, method, status, paid_at) "
    "SELECT id, total, 'card', 'captured', created_at FROM orders WHERE id % 10 <> 0",
    "COMMIT",
    "ANALYZE",
};

} // namespace

bool createSqliteDemo(const QString &filePath, QString *error)
{
    if (QFileInfo::exists(filePath)) {
        if (error)
            *error = u"sqlite demo: %1 already exists"_s.arg(filePath);
        return false;
    }
    const QString name = u"dbpulse-demo-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(filePath);
        if (!db.isValid() || !db.open()) {
            ok = false;
            if (error)
                *error = u"sqlite demo: cannot create %1: %2"_s.arg(filePath, db.lastError().text());
        }
        for (const char *sql : kStatements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            if (!query.exec(QString::fromUtf8(sql))) {
                ok = false;
                if (error)
                    *error = u"sqlite demo: %1\n%2"_s.arg(query.lastError().text(), QString::fromUtf8(sql));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (ok)
        qCInfo(lcDemo) << "sqlite demo written to" << filePath;
    return ok;
}

} // namespace dbpulse
