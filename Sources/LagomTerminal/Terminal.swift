import LagomUI
