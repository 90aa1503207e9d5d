-- POST /api/v1/roi with the article's example (discounted at 8%) and a real bearer token.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("ROI_TOKEN")
wrk.body = '{"currency":"CNY","initialCost":1000000,"annualBenefit":300000,"years":5,"discountRate":0.08}'

-- Report answers other than 2xx, so a rate-limited or failing run cannot pass as fast.
done = function(summary, latency, requests)
  io.write(string.format("non_200_responses: %d\n", summary.errors.status))
end
