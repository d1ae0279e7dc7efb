import os

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("archon", port=int(os.environ.get("ARCHON_MCP_PORT", "8051")))

if __name__ == "__main__":
    mcp.run(transport="sse")
