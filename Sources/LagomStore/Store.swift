import LagomCore
