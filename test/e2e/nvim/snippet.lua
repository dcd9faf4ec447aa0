-- Checks the Neovim 0.7 configuration documented in docs/neovim.md: the
-- wrapper extracts that snippet to OKR_SNIPPET (with the real server path);
-- this script sources it as init.lua would, opens OKR_FILE and waits for
-- okr diagnostics in vim.diagnostic. Writes what it saw to OKR_RESULT.
local result = {}
local ok, err = pcall(function()
  dofile(vim.env.OKR_SNIPPET)
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.OKR_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  local function okr_codes()
    local codes = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.source == 'okr' then table.insert(codes, d.user_data and d.user_data.lsp and d.user_data.lsp.code or '?') end
    end
    return codes
  end
  assert(vim.wait(30000, function() return #okr_codes() > 0 end, 20), 'no okr diagnostics with the documented configuration')
  result.codes = okr_codes()
  result.clients = #vim.lsp.buf_get_clients(bufnr)
end)
if not ok then result.error = tostring(err) end
local f = assert(io.open(vim.env.OKR_RESULT, 'w'))
f:write(vim.fn.json_encode(result))
f:close()
for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
if ok then vim.cmd('qall!') else vim.cmd('cquit 1') end
