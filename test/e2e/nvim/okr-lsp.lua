-- Drives the OKR language server from Neovim's built-in LSP client (0.7.2,
-- Debian's: no vim.lsp.start, so start_client + buf_attach_client). Opens
-- OKR_FILE, waits for its diagnostics, asks for code actions on the
-- kr-is-task finding, applies "move to initiatives", saves, and waits for
-- the diagnostics to update. Everything it saw goes to OKR_RESULT as JSON;
-- the mocha wrapper (nvim.test.ts) makes the assertions. Exits with
-- `cquit 1` on any error so a broken run can never look green.
local result = { steps = {} }
local function step(s) table.insert(result.steps, s) end

local function finish(code)
  local f = assert(io.open(vim.env.OKR_RESULT, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  if code == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. code) end
end

local ok, err = pcall(function()
  local published = {} -- uri -> latest diagnostics
  local version = 0
  local client_id = vim.lsp.start_client({
    name = 'okr',
    cmd = { vim.env.OKR_NODE or 'node', vim.env.OKR_SERVER, '--stdio' },
    root_dir = vim.env.OKR_ROOT,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        published[params.uri] = params.diagnostics
        version = version + 1
      end,
    },
  })
  assert(client_id, 'the language server did not start')
  step('started')

  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.OKR_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'yaml'
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'could not attach the client')
  local uri = vim.uri_from_bufnr(bufnr)

  local function find(rule)
    for _, d in ipairs(published[uri] or {}) do
      if d.code == rule then return d end
    end
  end

  if not vim.wait(20000, function() return find('kr-is-task') ~= nil end, 20) then
    result.before = published[uri]
    error('no kr-is-task diagnostic arrived (' .. version .. ' publishes)')
  end
  result.before = published[uri]
  step('diagnostics')

  local diag = find('kr-is-task')
  local client = vim.lsp.get_client_by_id(client_id)
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = diag.range,
    context = { diagnostics = { diag }, only = { 'quickfix' } },
  }, 10000, bufnr)
  assert(response and not response.err, 'codeAction failed: ' .. vim.inspect(response))
  local actions = response.result or {}
  result.actions = {}
  local chosen
  for _, a in ipairs(actions) do
    table.insert(result.actions, a.title)
    if not chosen and a.title:lower():match('move to .*initiatives') then chosen = a end
  end
  assert(chosen, 'no "move to initiatives" action among ' .. vim.inspect(result.actions))
  assert(chosen.edit, 'the action carries no edit')
  step('code action')

  local seen = version
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  vim.cmd('write')
  step('applied and saved')

  assert(vim.wait(20000, function() return version > seen and find('kr-is-task') == nil end, 20),
    'kr-is-task did not clear after the fix')
  result.after = published[uri]
  step('diagnostics updated')
  client.stop()
end)

if not ok then
  result.error = tostring(err)
  finish(1)
else
  finish(0)
end
