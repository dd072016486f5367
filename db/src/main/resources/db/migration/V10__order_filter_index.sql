-- The order list filtered by status and order type over a period (a common view: "completed
-- renewals this quarter") read a range of (merchant_id, status, created_at) and checked the type
-- of every row in it; with the type in the index it reads only the rows it shows.
CREATE INDEX idx_orders_status_type ON orders (merchant_id, status, order_type, created_at);
