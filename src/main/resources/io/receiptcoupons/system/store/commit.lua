-- One optimistic transaction's commit (RedisCommit builds KEYS and ARGV). Everything is checked
-- before anything is written, because a script that returns early keeps what it already wrote.
-- ARGV holds five sections, each its count then its items, naming keys by their index in KEYS:
-- fences (lease, token), checks (hash, field, SHA-1 or ''), takes (group, n, n x field limit),
-- entries (sequence, hash, index, count, head, tail), adds (group, n, n x field delta), then
-- writes (hash, index, field, 'p' value | 'd' '').
local at = 0
local function arg() at = at + 1 return ARGV[at] end
local function num() return tonumber(arg()) end
local function key() return KEYS[num()] end

for i = 1, num() do
  local lease = key()
  local token = arg()
  if redis.call('get', lease) ~= token then return {'fence', i} end
end
for i = 1, num() do
  local hash = key()
  local field = arg()
  local want = arg()
  local value = redis.call('hget', hash, field)
  local have = ''
  if value then have = redis.sha1hex(value) end
  if have ~= want then return {'conflict', i} end
end
local takes = {}
for i = 1, num() do
  local group = key()
  local fields = {}
  for j = 1, num() do
    local field = arg()
    local limit = arg()
    if limit ~= '' and tonumber(redis.call('hget', group, field) or '0') >= tonumber(limit) then
      return {'refused', i}
    end
    fields[j] = field
  end
  takes[i] = {group, fields}
end
local entries = {}
for i = 1, num() do
  local sequence = key()
  if redis.call('exists', sequence) == 0 then return {'noseq', i} end
  entries[i] = {sequence, key(), key(), num(), arg(), arg()}
end

for _, take in ipairs(takes) do
  for _, field in ipairs(take[2]) do redis.call('hincrby', take[1], field, 1) end
end
local function varint(n)
  local out = {}
  while n >= 128 do
    out[#out + 1] = string.char(n % 128 + 128)
    n = math.floor(n / 128)
  end
  out[#out + 1] = string.char(n)
  return table.concat(out)
end
for _, e in ipairs(entries) do
  local last = redis.call('incrby', e[1], e[4])
  local field = string.format('%016x', last)
  redis.call('hset', e[2], field, e[5] .. varint(last - e[4] + 1) .. e[6])
  redis.call('zadd', e[3], 0, field)
end
for i = 1, num() do
  local group = key()
  for j = 1, num() do
    local field = arg()
    redis.call('hincrby', group, field, arg())
  end
end
for i = 1, num() do
  local hash = key()
  local index = key()
  local field = arg()
  local op = arg()
  local value = arg()
  if op == 'd' then
    redis.call('hdel', hash, field)
    redis.call('zrem', index, field)
  else
    redis.call('hset', hash, field, value)
    redis.call('zadd', index, 0, field)
  end
end
return {'ok', 0}
