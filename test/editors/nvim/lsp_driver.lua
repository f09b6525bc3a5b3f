-- Headless Neovim (0.7+) as a real LSP client of the GeneLens server: opens a file, starts the server, asks for a
-- hover and a definition at one position, waits for published diagnostics, prints what it got and quits.
-- Env: GL_SERVER_CMD ("node /abs/dist/server.js --stdio"), GL_FILE, GL_FILETYPE (default markdown),
--      GL_POS ("line:col", 0-based), GL_TIMEOUT_MS (default 20000), GL_SETTINGS (JSON of the `genelens` settings,
--      passed as init_options.settings: Neovim 0.7 does not answer workspace/configuration).
-- Prints one JSON value per line, tagged: HOVER, HOVER_SHOWN (the hover's lines as Neovim's floating window shows
-- them), DEFINITION, PUBLISHED, DIAGNOSTICS, then DONE; exit 0.
-- On an error or a timeout: ERROR <message>, exit 2. The test that runs this judges the results.
local function out(tag, value)
  io.stdout:write(tag .. ' ' .. vim.fn.json_encode(value) .. '\n')
end

local function finish(code)
  for _, client in pairs(vim.lsp.get_active_clients()) do client.stop(true) end
  io.stdout:flush()
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end

local ok, err = pcall(function()
  local timeout = tonumber(os.getenv('GL_TIMEOUT_MS') or '20000')
  local file = assert(os.getenv('GL_FILE'), 'GL_FILE not set')
  local cmd = vim.split(assert(os.getenv('GL_SERVER_CMD'), 'GL_SERVER_CMD not set'), ' ', { trimempty = true })
  local line, col = (os.getenv('GL_POS') or '0:0'):match('(%d+):(%d+)')

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.bo.filetype = os.getenv('GL_FILETYPE') or 'markdown'
  local bufnr = vim.api.nvim_get_current_buf()
  local published = {}
  local exited = false

  local settings = os.getenv('GL_SETTINGS')
  local id = vim.lsp.start_client({
    name = 'genelens',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    init_options = settings and { settings = vim.fn.json_decode(settings) } or nil,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        table.insert(published, result)
        return vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      end,
    },
    on_exit = function(code, signal)
      exited = true
      out('SERVER_EXIT', { code = code, signal = signal })
    end,
  })
  assert(id, 'vim.lsp.start_client failed')
  vim.lsp.buf_attach_client(bufnr, id)

  local initialized = vim.wait(timeout, function()
    local client = vim.lsp.get_client_by_id(id)
    return exited or (client ~= nil and client.initialized)
  end, 20)
  if exited then error('the server exited during initialize') end
  if not initialized then error('timed out waiting for initialize') end

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = tonumber(line), character = tonumber(col) },
  }
  local hover, herr = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, timeout)
  if not hover then error('hover: ' .. tostring(herr)) end
  local definition, derr = vim.lsp.buf_request_sync(bufnr, 'textDocument/definition', params, timeout)
  if not definition then error('definition: ' .. tostring(derr)) end

  -- diagnostics are pushed after didOpen: wait for a non-empty set (or the deadline)
  vim.wait(timeout, function()
    for _, p in ipairs(published) do
      if #p.diagnostics > 0 then return true end
    end
    return exited
  end, 20)

  local h = hover[id] and hover[id].result
  local text = vim.NIL
  if h ~= nil and h ~= vim.NIL then
    local c = h.contents
    text = type(c) == 'table' and (c.value or c[1]) or c
  end
  out('HOVER', text)
  if h ~= nil and h ~= vim.NIL then
    -- as vim.lsp.handlers.hover shows it: Markdown lines in a floating window, styled by stylize_markdown
    local lines = vim.lsp.util.trim_empty_lines(vim.lsp.util.convert_input_to_markdown_lines(h.contents))
    local fbuf, fwin = vim.lsp.util.open_floating_preview(lines, 'markdown', {})
    out('HOVER_SHOWN', vim.api.nvim_buf_get_lines(fbuf, 0, -1, false))
    pcall(vim.api.nvim_win_close, fwin, true)
  end
  out('DEFINITION', definition[id] and definition[id].result or vim.NIL)
  out('PUBLISHED', published)
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(diagnostics, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message, source = d.source })
  end
  out('DIAGNOSTICS', diagnostics)
  out('DONE', true)
  finish(0)
end)
if not ok then
  out('ERROR', tostring(err))
  finish(2)
end
