-- POST /api/v1/roi with an empty object: authentication, rate limit and JSON reading, then 400
-- VALIDATION_FAILED without any calculation. Shows how much of the cost is the request path itself.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("ROI_TOKEN")
wrk.body = '{}'
